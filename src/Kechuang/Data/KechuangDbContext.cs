using Kechuang.Audit;
using Kechuang.Contracts;
using Kechuang.Enterprises;
using Kechuang.Indicators;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kechuang.Data;

public sealed class KechuangDbContext(DbContextOptions<KechuangDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<EnterpriseYear> EnterpriseYears => Set<EnterpriseYear>();
    public DbSet<Qualification> Qualifications => Set<Qualification>();
    public DbSet<QualificationType> QualificationTypes => Set<QualificationType>();
    public DbSet<CultivationEntry> CultivationEntries => Set<CultivationEntry>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorTarget> IndicatorTargets => Set<IndicatorTarget>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<IndicatorRevision> IndicatorRevisions => Set<IndicatorRevision>();
    public DbSet<Indicators.Derived.RegisterChange> RegisterChanges => Set<Indicators.Derived.RegisterChange>();
    public DbSet<Indicators.Derived.RegisterVersion> RegisterVersions => Set<Indicators.Derived.RegisterVersion>();
    public DbSet<TechContract> TechContracts => Set<TechContract>();
    public DbSet<ContractScan> ContractScans => Set<ContractScan>();
    public DbSet<Incubators.Incubator> Incubators => Set<Incubators.Incubator>();
    public DbSet<Incubators.IncubatorArea> IncubatorAreas => Set<Incubators.IncubatorArea>();
    public DbSet<Incubators.IncubatorTenant> IncubatorTenants => Set<Incubators.IncubatorTenant>();
    public DbSet<Incubators.IncubatorActivity> IncubatorActivities => Set<Incubators.IncubatorActivity>();
    public DbSet<Incubators.IncubatorEvaluation> IncubatorEvaluations => Set<Incubators.IncubatorEvaluation>();
    public DbSet<Platforms.Platform> Platforms => Set<Platforms.Platform>();
    public DbSet<Platforms.PlatformRecognition> PlatformRecognitions => Set<Platforms.PlatformRecognition>();
    public DbSet<Platforms.PlatformEvaluation> PlatformEvaluations => Set<Platforms.PlatformEvaluation>();
    public DbSet<Platforms.Candidates.PlatformEntryCondition> PlatformEntryConditions => Set<Platforms.Candidates.PlatformEntryCondition>();
    public DbSet<Platforms.Kinds.PlatformKindDefinition> PlatformKinds => Set<Platforms.Kinds.PlatformKindDefinition>();
    public DbSet<Projects.Experts.Expert> Experts => Set<Projects.Experts.Expert>();
    public DbSet<Projects.Experts.ExpertRelation> ExpertRelations => Set<Projects.Experts.ExpertRelation>();
    public DbSet<Projects.Calls.ProjectCall> ProjectCalls => Set<Projects.Calls.ProjectCall>();
    public DbSet<Projects.Calls.ProjectCallCriterion> ProjectCallCriteria => Set<Projects.Calls.ProjectCallCriterion>();
    public DbSet<Projects.Applications.ProjectApplication> ProjectApplications => Set<Projects.Applications.ProjectApplication>();
    public DbSet<Projects.Reviews.ReviewAssignment> ReviewAssignments => Set<Projects.Reviews.ReviewAssignment>();
    public DbSet<Projects.Reviews.ReviewScore> ReviewScores => Set<Projects.Reviews.ReviewScore>();
    public DbSet<Projects.Reviews.ReviewDraw> ReviewDraws => Set<Projects.Reviews.ReviewDraw>();
    public DbSet<Projects.Applications.ApplicationAttachmentContent> ApplicationAttachmentContents => Set<Projects.Applications.ApplicationAttachmentContent>();
    public DbSet<Projects.Execution.ProjectDisbursement> ProjectDisbursements => Set<Projects.Execution.ProjectDisbursement>();
    public DbSet<Projects.Execution.ProjectChange> ProjectChanges => Set<Projects.Execution.ProjectChange>();
    public DbSet<Projects.Execution.ProjectMidterm> ProjectMidterms => Set<Projects.Execution.ProjectMidterm>();
    public DbSet<Projects.Execution.ProjectAcceptance> ProjectAcceptances => Set<Projects.Execution.ProjectAcceptance>();
    public DbSet<Projects.Reviews.PublicityObjection> PublicityObjections => Set<Projects.Reviews.PublicityObjection>();
    public DbSet<Projects.Applications.ApplicationMember> ApplicationMembers => Set<Projects.Applications.ApplicationMember>();
    public DbSet<Projects.Applications.ApplicationMilestone> ApplicationMilestones => Set<Projects.Applications.ApplicationMilestone>();
    public DbSet<Projects.Applications.ApplicationBudgetLine> ApplicationBudgetLines => Set<Projects.Applications.ApplicationBudgetLine>();
    public DbSet<Commissioners.Commissioner> Commissioners => Set<Commissioners.Commissioner>();
    public DbSet<Commissioners.CommissionerMember> CommissionerMembers => Set<Commissioners.CommissionerMember>();
    public DbSet<Commissioners.CommissionerTown> CommissionerTowns => Set<Commissioners.CommissionerTown>();
    public DbSet<Commissioners.CommissionerProject> CommissionerProjects => Set<Commissioners.CommissionerProject>();
    public DbSet<Market.Needs.TechNeed> TechNeeds => Set<Market.Needs.TechNeed>();
    public DbSet<Market.Achievements.Achievement> Achievements => Set<Market.Achievements.Achievement>();
    public DbSet<Market.Achievements.AchievementPatent> AchievementPatents => Set<Market.Achievements.AchievementPatent>();
    public DbSet<Market.Events.MarketEvent> MarketEvents => Set<Market.Events.MarketEvent>();
    public DbSet<Market.Events.EventInvitee> MarketEventInvitees => Set<Market.Events.EventInvitee>();
    public DbSet<Market.Events.EventPair> MarketEventPairs => Set<Market.Events.EventPair>();
    public DbSet<Market.Events.EventIntention> MarketEventIntentions => Set<Market.Events.EventIntention>();
    public DbSet<Market.Cooperation.CooperationProject> CooperationProjects => Set<Market.Cooperation.CooperationProject>();
    public DbSet<Market.Cooperation.CooperationPayment> CooperationPayments => Set<Market.Cooperation.CooperationPayment>();
    public DbSet<Market.Feedback.BrokerVerdict> BrokerVerdicts => Set<Market.Feedback.BrokerVerdict>();
    public DbSet<Calendar.SpecialDay> SpecialDays => Set<Calendar.SpecialDay>();
    public DbSet<Seismic.SeismicApproval> SeismicApprovals => Set<Seismic.SeismicApproval>();
    public DbSet<Seismic.SeismicStation> SeismicStations => Set<Seismic.SeismicStation>();
    public DbSet<Seismic.SeismicDrill> SeismicDrills => Set<Seismic.SeismicDrill>();
    public DbSet<Policies.PolicyClause> PolicyClauses => Set<Policies.PolicyClause>();
    public DbSet<Policies.PolicyAward> PolicyAwards => Set<Policies.PolicyAward>();
    public DbSet<Policies.PolicyCeiling> PolicyCeilings => Set<Policies.PolicyCeiling>();
    public DbSet<Outreach.OutreachActivity> OutreachActivities => Set<Outreach.OutreachActivity>();
    public DbSet<Outreach.ActivityPhoto> ActivityPhotos => Set<Outreach.ActivityPhoto>();
    public DbSet<Outreach.ScienceBase> ScienceBases => Set<Outreach.ScienceBase>();
    public DbSet<Outreach.Competition> Competitions => Set<Outreach.Competition>();
    public DbSet<Outreach.CompetitionEntry> CompetitionEntries => Set<Outreach.CompetitionEntry>();
    public DbSet<Outreach.CompetitionRound> CompetitionRounds => Set<Outreach.CompetitionRound>();
    public DbSet<Visits.Visit> Visits => Set<Visits.Visit>();
    public DbSet<Visits.VisitProblem> VisitProblems => Set<Visits.VisitProblem>();
    public DbSet<Visits.ProblemFollowUp> ProblemFollowUps => Set<Visits.ProblemFollowUp>();
    public DbSet<IntellectualProperty.Patent> Patents => Set<IntellectualProperty.Patent>();
    public DbSet<IntellectualProperty.RegionPopulation> RegionPopulations => Set<IntellectualProperty.RegionPopulation>();
    public DbSet<IntellectualProperty.Trademark> Trademarks => Set<IntellectualProperty.Trademark>();
    public DbSet<IntellectualProperty.IpCase> IpCases => Set<IntellectualProperty.IpCase>();
    public DbSet<Talent.TalentProgramme> TalentProgrammes => Set<Talent.TalentProgramme>();
    public DbSet<Talent.TalentAward> TalentAwards => Set<Talent.TalentAward>();
    public DbSet<Talent.TalentCheck> TalentChecks => Set<Talent.TalentCheck>();
    public DbSet<Talent.TalentRecruit> TalentRecruits => Set<Talent.TalentRecruit>();
    public DbSet<Talent.ForeignExpert> ForeignExperts => Set<Talent.ForeignExpert>();
    public DbSet<Vouchers.VoucherProgramme> VoucherProgrammes => Set<Vouchers.VoucherProgramme>();
    public DbSet<Vouchers.Voucher> Vouchers => Set<Vouchers.Voucher>();
    public DbSet<Vouchers.VoucherProvider> VoucherProviders => Set<Vouchers.VoucherProvider>();
    public DbSet<Vouchers.VoucherService> VoucherServices => Set<Vouchers.VoucherService>();
    public DbSet<Vouchers.VoucherProviderRelation> VoucherProviderRelations => Set<Vouchers.VoucherProviderRelation>();
    public DbSet<Vouchers.VoucherRedemption> VoucherRedemptions => Set<Vouchers.VoucherRedemption>();
    public DbSet<Vouchers.VoucherEntry> VoucherEntries => Set<Vouchers.VoucherEntry>();
    public DbSet<Finance.FinanceRecord> FinanceRecords => Set<Finance.FinanceRecord>();
    public DbSet<ContractMonthStat> ContractMonthStats => Set<ContractMonthStat>();
    public DbSet<Reports.SummaryRecord> SummaryReports => Set<Reports.SummaryRecord>();
    public DbSet<Notices.Notice> Notices => Set<Notices.Notice>();
    public DbSet<Notices.NoticeRecipient> NoticeRecipients => Set<Notices.NoticeRecipient>();
    public DbSet<Notices.NoticeReply> NoticeReplies => Set<Notices.NoticeReply>();
    public DbSet<Notices.NoticeFile> NoticeFiles => Set<Notices.NoticeFile>();
    public DbSet<Messaging.OutboxMessage> OutboxMessages => Set<Messaging.OutboxMessage>();
    public DbSet<ServiceHall.AccountRequest> HallAccountRequests => Set<ServiceHall.AccountRequest>();
    public DbSet<ServiceHall.EnterpriseMember> EnterpriseMembers => Set<ServiceHall.EnterpriseMember>();
    public DbSet<ServiceHall.HallInvitation> HallInvitations => Set<ServiceHall.HallInvitation>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or sort DateTimeOffset text; all our values are UTC, so ticks sort correctly.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            // SQLite has no exact decimal type: money is stored as integer fen (ADR 0006).
            configurationBuilder.Properties<decimal>().HaveConversion<FenConverter>();
        }
        else
        {
            configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KechuangDbContext).Assembly);
        IndicatorConfiguration.FourDecimals(builder, Database.IsSqlite());
    }
}
