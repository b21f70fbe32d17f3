namespace Kechuang.Tests.Architecture.Fixture.Regions;

public sealed class Place
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
}
