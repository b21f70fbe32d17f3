using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kechuang.Data;

/// <summary>Yuan with at most two decimals ↔ integer fen, so SQLite compares, sorts and sums money exactly.</summary>
public sealed class FenConverter() : ValueConverter<decimal, long>(
    yuan => (long)decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero),
    fen => fen / 100m);
