namespace Kechuang.Common;

/// <summary>Uploaded names made safe to send back (docs/architecture.md, Uploads).</summary>
public static class FileNames
{
    /// <summary>The name without any path or extension, without control or reserved characters, at most 100 characters; <paramref name="fallback"/> when nothing is left.</summary>
    public static string Stem(string? fileName, string fallback)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName((fileName ?? "").Trim().Replace('\\', '/')));
        stem = new string(stem.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim();
        return stem.Length == 0 ? fallback : stem[..Math.Min(stem.Length, 100)];
    }
}
