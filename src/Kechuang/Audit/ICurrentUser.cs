namespace Kechuang.Audit;

/// <summary>Who the audit trail names for the writes of the current request, circuit or command.</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string UserName { get; }
    string? RegionCode { get; }

    /// <summary>Where the request came from; null for the program itself.</summary>
    string? ClientAddress => null;
}

/// <summary>Writes made by the program itself: first start, migrations, command line.</summary>
public sealed class SystemUser(string name = "系统") : ICurrentUser
{
    public string? UserId => null;
    public string UserName { get; } = name;
    public string? RegionCode => null;
}
