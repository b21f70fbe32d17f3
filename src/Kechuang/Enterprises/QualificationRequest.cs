namespace Kechuang.Enterprises;

/// <summary><see cref="ExpiresOn"/> defaults from the type (高新技术企业: issue + 3 years).</summary>
public sealed record QualificationRequest(string? Type, string? Number, DateOnly? IssuedOn, DateOnly? ExpiresOn = null);

public sealed record QualificationDto(Guid Id, string Type, string Number, DateOnly IssuedOn, DateOnly? ExpiresOn, DateOnly? RevokedOn, string Status, int Version)
{
    public static QualificationDto From(Qualification q, DateOnly today) =>
        new(q.Id, q.Type, q.Number, q.IssuedOn, q.ExpiresOn, q.RevokedOn, q.StatusOn(today), q.Version);
}
