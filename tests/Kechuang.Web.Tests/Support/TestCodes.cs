using System.Globalization;
using Kechuang.Enterprises;

namespace Kechuang.Web.Tests.Support;

public static class TestCodes
{
    // Consecutive from a random start: codes drawn at random one by one can collide within a fixture's database.
    private static int _next = Random.Shared.Next(10_000_000, 80_000_000);

    public static string NewUscc(string area = "330326") =>
        Uscc.Create(area, Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture)).Value;
}
