namespace Kechuang.Enterprises.Rules;

public static class Verdicts
{
    public const string Eligible = "eligible";
    public const string Ineligible = "ineligible";
    public const string Undecided = "undecided";
}
