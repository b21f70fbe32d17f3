namespace Kechuang.Web.Tests.Matrix;

/// <summary>The callers of the matrix: one of each role, placed against the fixture's home records in 平阳县.</summary>
[Flags]
public enum Who
{
    None = 0,
    Admin = 1 << 0,        // the national admin (country root, ADR 0004)
    CityStaff = 1 << 1,    // staff of 温州市, above 平阳县
    Staff = 1 << 2,        // staff of 平阳县, the home records' county
    OtherStaff = 1 << 3,   // staff of 鹿城区, another county
    Leader = 1 << 4,       // leader of 温州市
    Ent = 1 << 5,          // the user of the home enterprise
    OtherEnt = 1 << 6,     // the user of 鹿城区's enterprise
    Expert = 1 << 7,       // an expert of 平阳县
    Anonymous = 1 << 8,
    Commissioner = 1 << 9, // a 科技特派员 of 平阳县

    Writers = Admin | CityStaff | Staff,
    Bureau = Writers | Leader,
    AnyBureau = Bureau | OtherStaff,
    OwnEnterprise = Bureau | Ent,
    Registered = AnyBureau | Ent | OtherEnt,
    SignedIn = Registered | Expert | Commissioner,
    Everyone = SignedIn | Anonymous,
}

/// <summary>
/// One endpoint: the route as mapped (method and pattern, exactly as the endpoint data source lists it), the URL to
/// call with the fixture's ids in braces, who may call it, and a body. Everyone else must get 401 (anonymous), 403,
/// or 404 where the endpoint hides another region's records.
/// </summary>
public sealed record EndpointPolicy(string Method, string Pattern, string Url, Who Allowed, Func<MatrixWorld, object?>? Body = null)
{
    /// <summary>Sent as multipart/form-data: the import and upload endpoints take a form.</summary>
    public bool Form { get; init; }

    /// <summary>The name of a small file sent in the form's <c>file</c> field (a PDF header, else one CSV line), so
    /// the use case, which checks the caller, is reached.</summary>
    public string? File { get; init; }

    /// <summary>The URL names one of the fixture's records: an allowed caller must find it (not 404).</summary>
    public bool NamesRecord => new[] { "{enterprise}", "{contract}", "{qualification}", "{pool}", "{user}", "{indicator}", "{incubator}", "{platform}", "{commissioner}", "{expert}", "{call}", "{application}", "{need}", "{achievement}", "{approval}", "{station}", "{drill}", "{event}", "{cooperation}", "{patent}", "{trademark}", "{ipcase}", "{policy}", "{award}", "{programme}", "{talentaward}", "{recruit}", "{foreignexpert}", "{activity}", "{sciencebase}", "{competition}", "{voucherprogramme}", "{voucher}", "{provider}", "{finance}", "{notice}", "{hallrequest}", "{colleague}", "{visit}", "{visitproblem}" }
        .Any(id => Url.Contains(id, StringComparison.Ordinal));

    /// <summary>Answers on its arguments alone (a login): only 403 counts as a denial.</summary>
    public bool Public { get; init; }

    public string Key => $"{Method} {Pattern}";
}
