using Kechuang.Contracts.Import;

namespace Kechuang.Tests.Contracts;

public class CsvReaderTests
{
    private static List<List<string?>> Read(string text)
    {
        var reader = new CsvReader(new StringReader(text));
        var records = new List<List<string?>>();
        var fields = new List<string?>();
        while (reader.Read(fields))
        {
            records.Add([.. fields]);
        }
        return records;
    }

    [Fact]
    public void Read_QuotesCommasLineBreaksAndDoubledQuotes()
    {
        var records = Read("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n");

        Assert.Equal([["a", "b,1", "say \"hi\""], ["two\nlines", null, "x"]], records);
    }

    [Fact]
    public void Read_LastLineWithoutBreak_AndTrailingComma()
    {
        Assert.Equal([["a", null], ["b", "c"]], Read("a,\nb,c"));
    }

    [Fact]
    public void Read_FieldsLongerThanTheBuffer_StayWhole()
    {
        var longText = new string('长', 100_000);

        var records = Read($"{longText},\"{longText}\"\n");

        Assert.Equal([[longText, longText]], records);
    }

    [Fact]
    public void Read_UnclosedQuote_IsAFormatError() => Assert.Throws<FormatException>(() => Read("a,\"b\n"));
}
