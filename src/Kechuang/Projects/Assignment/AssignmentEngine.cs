using Google.OrTools.Init;

namespace Kechuang.Projects.Assignment;

/// <summary>What the modes share: the version for the audit log and the all-or-nothing refusal.</summary>
internal static class AssignmentEngine
{
    /// <summary>Bumped when a mode would draw or choose differently from the same input and seed (ADR 0017).</summary>
    public const int Revision = 1;

    public static string Version { get; } = $"kechuang-assign/{Revision} OR-Tools {OrToolsVersion.VersionString()}";

    public static AssignmentResult Refuse(string mode, Eligibility eligibility, List<UnfillableApplication> unfillable, string[] remedies, long? seed, TimeSpan solverTime) =>
        new(mode, [], [], unfillable, remedies, eligibility.Exclusions, seed, Version, solverTime);
}
