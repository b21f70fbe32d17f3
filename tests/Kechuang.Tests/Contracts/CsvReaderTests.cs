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
        // Fields as long as a cell holds, two lines of them: several cross the 64K-character buffer's end.
        var longText = new string('长', 32_767);

        var records = Read($"{longText},\"{longText}\",{longText}\n\"{longText}\",{longText},\"{longText}\"\n");

        Assert.Equal([[longText, longText, longText], [longText, longText, longText]], records);
    }

    [Fact]
    public void Read_UnclosedQuote_IsAFormatError() => Assert.Throws<FormatException>(() => Read("a,\"b\n"));
}
