using System.IO.Compression;

namespace Kechuang.Projects.Applications;

/// <summary>
/// A file the call requires with the application (申报附件, docs/domain.md §6.4): one per required item, PDF or Word
/// judged by its content, kept under a name with the extension of what it is. The bytes live in their own table so
/// lists and the application's page never load them.
/// </summary>
public sealed class ApplicationAttachment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }

    /// <summary>The call's item it answers, e.g. 营业执照.</summary>
    public required string Requirement { get; init; }

    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

public sealed class ApplicationAttachmentContent
{
    public Guid AttachmentId { get; init; }
    public required byte[] Content { get; set; }
}

/// <summary>What a file is by its first bytes and, for Word's .docx, by its parts — never by its name.</summary>
public static class AttachmentType
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Doc = "application/msword";

    public static string? Detect(byte[] b)
    {
        if (b.AsSpan().StartsWith("%PDF-"u8))
        {
            return Pdf;
        }
        if (b.AsSpan().StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            return Doc;
        }
        if (!b.AsSpan().StartsWith("PK\x03\x04"u8))
        {
            return null;
        }
        try
        {
            // A zip is a .docx only with Word's main part; an .xlsx or a renamed archive is not.
            using var zip = new ZipArchive(new MemoryStream(b, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null ? Docx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public static string Extension(string contentType) => contentType switch
    {
        Pdf => ".pdf",
        Docx => ".docx",
        _ => ".doc",
    };

    /// <summary>What the name claims, when it claims PDF or Word: "报告.pdf" holding a Word file is a mistake worth saying.</summary>
    public static string? Claimed(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => Pdf,
        ".docx" => Docx,
        ".doc" => Doc,
        _ => null,
    };
}
