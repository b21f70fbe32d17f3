using Kechuang.Bench;

// Benchmarks print their figures next to a baseline measured in the same run (README, "Benchmarks").
//   dotnet run -c Release --project bench/Kechuang.Bench -- regions [PG-CONNECTION]
//   dotnet run -c Release --project bench/Kechuang.Bench -- enterprises [COUNT] [PG-CONNECTION]
//   dotnet run -c Release --project bench/Kechuang.Bench -- contracts [COUNT] [PG-CONNECTION]
var mode = args.FirstOrDefault() ?? "regions";
var postgres = Environment.GetEnvironmentVariable("KECHUANG_TEST_PG");
switch (mode)
{
    case "regions":
        await RegionBench.RunAsync(args.Length > 1 ? args[1] : postgres);
        break;
    case "enterprises":
        var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000;
        await EnterpriseBench.RunAsync(count, args.Length > 2 ? args[2] : postgres);
        break;
    case "contracts":
        var contracts = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        await ContractBench.RunAsync(contracts, args.Length > 2 ? args[2] : postgres);
        break;
    default:
        Console.Error.WriteLine("usage: regions [PG] | enterprises [COUNT] [PG] | contracts [COUNT] [PG]");
        return 2;
}
return 0;
