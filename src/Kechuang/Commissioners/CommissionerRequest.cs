using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kechuang.Commissioners;

/// <summary>A commissioner as the form and the API send it (docs/domain.md §7.6); <see cref="Kind"/> is individual or team.</summary>
public sealed record CommissionerRequest(
    string? Name,
    string? Kind,
    string? Level,
    string? RegionCode,
    int? Year,
    IReadOnlyList<CommissionerTownRequest>? Towns,
    string? Institution = null,
    string? Field = null,
    IReadOnlyList<CommissionerMemberRequest>? Members = null,
    IReadOnlyList<CommissionerProjectRequest>? Projects = null,
    IReadOnlyList<string>? Enterprises = null);

public sealed record CommissionerMemberRequest(string? Name, string? Institution = null, string? Expertise = null);

public sealed record CommissionerProjectRequest(string? Name, decimal? FundsYuan = null);

/// <summary>年度考核 of a record: a grade of <see cref="CommissionerWords.Grades"/> and a remark.</summary>
public sealed record CommissionerAssessmentRequest(string? Grade, string? Remark = null);

/// <summary>
/// A town served: its code, and optionally the days of service there within the service year and the villages served
/// (docs/domain.md §7.6). The API takes a plain code ("330326100") or an object {"code","from","to","villages"}.
/// </summary>
[JsonConverter(typeof(CommissionerTownRequestJson))]
public sealed record CommissionerTownRequest(string? Code, DateOnly? From = null, DateOnly? To = null, IReadOnlyList<string>? Villages = null)
{
    public static implicit operator CommissionerTownRequest(string? code) => new(code);

    /// <summary>The villages given, trimmed, blanks dropped, in the order written.</summary>
    public IReadOnlyList<string> VillageNames => [.. (Villages ?? []).Select(v => v?.Trim() ?? "").Where(v => v.Length > 0)];

    /// <summary>What a town entry says, for "the same town twice" (a record's list compares by reference).</summary>
    public string Said => $"{From}|{To}|{string.Join("、", VillageNames)}";
}

/// <summary>Reads a town as a plain code or as an object; writes the object.</summary>
public sealed class CommissionerTownRequestJson : JsonConverter<CommissionerTownRequest>
{
    public override CommissionerTownRequest? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new CommissionerTownRequest(reader.GetString());
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("服务乡镇应为乡镇代码，或 {\"code\",\"from\",\"to\",\"villages\"}");
        }
        string? code = null;
        DateOnly? from = null, to = null;
        List<string>? villages = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name?.ToLowerInvariant())
            {
                case "code" when reader.TokenType is JsonTokenType.String or JsonTokenType.Null:
                    code = reader.GetString();
                    break;
                case "code":
                    throw new JsonException("乡镇代码应为文本，如 \"330326100\"");
                case "from":
                    from = JsonSerializer.Deserialize<DateOnly?>(ref reader, options);
                    break;
                case "to":
                    to = JsonSerializer.Deserialize<DateOnly?>(ref reader, options);
                    break;
                case "villages" when reader.TokenType is JsonTokenType.StartArray or JsonTokenType.Null:
                    villages = JsonSerializer.Deserialize<List<string>?>(ref reader, options);
                    break;
                case "villages":
                    throw new JsonException("服务村应为村名列表，如 [\"新华村\",\"城东村\"]");
                default:
                    reader.Skip();
                    break;
            }
        }
        return new CommissionerTownRequest(code, from, to, villages);
    }

    public override void Write(Utf8JsonWriter writer, CommissionerTownRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WritePropertyName("from");
        JsonSerializer.Serialize(writer, value.From, options);
        writer.WritePropertyName("to");
        JsonSerializer.Serialize(writer, value.To, options);
        writer.WritePropertyName("villages");
        JsonSerializer.Serialize(writer, value.VillageNames, options);
        writer.WriteEndObject();
    }
}
