namespace Kechuang.Audit;

/// <summary>An entity the audit trail skips: bookkeeping rows no person changes, so the trail need not know each module's.</summary>
public interface INotAudited;
