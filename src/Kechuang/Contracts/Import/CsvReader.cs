using System.Text;

namespace Kechuang.Contracts.Import;

/// <summary>
/// A streaming RFC 4180 reader: commas, quoted fields with doubled quotes and line breaks inside, CRLF or LF. It
/// holds one buffer and one record, so memory stays flat however long the file (ADR 0010).
/// </summary>
internal sealed class CsvReader(TextReader reader)
{
    private static readonly System.Buffers.SearchValues<char> PlainEnd = System.Buffers.SearchValues.Create(",\r\n");
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _text = new();

    /// <summary>More fields than any template has many times over: a line of commas is not a record.</summary>
    public const int MaxFields = 1000;
    private int _position;
    private int _length;

    /// <summary>Reads the next record into <paramref name="fields"/> (blank fields as null); false at the end.</summary>
    public bool Read(List<string?> fields)
    {
        fields.Clear();
        if (!Available())
        {
            return false;
        }
        while (true)
        {
            if (!Available())
            {
                fields.Add(null);
                return true;
            }
            if (fields.Count >= MaxFields)
            {
                throw new FormatException($"一行超过 {MaxFields} 个字段，不是正常的合同数据");
            }
            var value = _buffer[_position] == '"' ? Quoted() : Plain();
            TooLong(value.Length);
            fields.Add(string.IsNullOrWhiteSpace(value) ? null : value.Trim());
            if (!Available())
            {
                return true;
            }
            switch (_buffer[_position++])
            {
                case ',':
                    continue;
                case '\r':
                    if (Available() && _buffer[_position] == '\n')
                    {
                        _position++;
                    }
                    return true;
                default:
                    return true;
            }
        }
    }

    /// <summary>A field longer than a spreadsheet cell holds is not data: stop before it fills memory.</summary>
    private static void TooLong(int length)
    {
        if (length > Common.Excel.UploadLimits.MaxCellLength)
        {
            throw new FormatException($"某个字段超过 {Common.Excel.UploadLimits.MaxCellLength:N0} 个字符（Excel 单元格的上限），不是正常的合同数据");
        }
    }

    private string Plain()
    {
        _text.Clear();
        while (true)
        {
            var span = _buffer.AsSpan(_position, _length - _position);
            var end = span.IndexOfAny(PlainEnd);
            if (end >= 0)
            {
                _position += end;
                return _text.Length == 0 ? new string(span[..end]) : _text.Append(span[..end]).ToString();
            }
            _text.Append(span);
            TooLong(_text.Length);
            _position = _length;
            if (!Available())
            {
                return _text.ToString();
            }
        }
    }

    private string Quoted()
    {
        _text.Clear();
        _position++;
        while (true)
        {
            if (!Available())
            {
                throw new FormatException("引号未闭合：某个以双引号开始的字段直到文件末尾都没有结束的双引号");
            }
            var span = _buffer.AsSpan(_position, _length - _position);
            var quote = span.IndexOf('"');
            if (quote < 0)
            {
                _text.Append(span);
                TooLong(_text.Length);
                _position = _length;
                continue;
            }
            _text.Append(span[..quote]);
            _position += quote + 1;
            if (Available() && _buffer[_position] == '"')
            {
                _text.Append('"');
                _position++;
                continue;
            }
            // Text after the closing quote (a"b"c) is kept, as spreadsheet programs do.
            if (Available() && !PlainEnd.Contains(_buffer[_position]))
            {
                var head = _text.ToString();
                return head + Plain();
            }
            return _text.ToString();
        }
    }

    private bool Available()
    {
        if (_position < _length)
        {
            return true;
        }
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
