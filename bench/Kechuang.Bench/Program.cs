using Kechuang.Bench;

// Benchmarks print their figures next to a baseline measured in the same run (README, "Benchmarks").
//   dotnet run -c Release --project bench/Kechuang.Bench -- regions [PG-CONNECTION]
//   dotnet run -c Release --project bench/Kechuang.Bench -- enterprises [COUNT] [PG-CONNECTION]
//   dotnet run -c Release --project bench/Kechuang.Bench -- import [COUNT]   (SQLite Excel import alone, with the name index's triggers and without)
//   dotnet run -c Release --project bench/Kechuang.Bench -- search DB   (search p95 again on a database kept by KECHUANG_BENCH_KEEP=1)
//   dotnet run -c Release --project bench/Kechuang.Bench -- evaluate DB   (the batch evaluation again on a database kept by KECHUANG_BENCH_KEEP=1)
//   dotnet run -c Release --project bench/Kechuang.Bench -- indicators [ENTERPRISES] [PG-CONNECTION]
//   dotnet run -c Release --project bench/Kechuang.Bench -- contracts [COUNT] [PG-CONNECTION]
//   dotnet run -c Release --project bench/Kechuang.Bench -- uploads [ENTERPRISES]   (memory while crafted files are refused and the largest allowed file is imported)
//   dotnet run -c Release --project bench/Kechuang.Bench -- matching [RECORDS]   (the 产学研 engine: labelled-set quality, then search/recommend/CLI speed; "matching quality" for the first only)
//   dotnet run -c Release --project bench/Kechuang.Bench -- summary [ENTERPRISES] [CONTRACTS] [PG-CONNECTION]
//   dotnet run -c Release --project bench/Kechuang.Bench -- policies [ENTERPRISES] [PG-CONNECTION]   (20 clauses with a trace for every enterprise)
//   dotnet run -c Release --project bench/Kechuang.Bench -- market-db [RECORDS] [PG-CONNECTION]   (技术市场 search and recommendations through the database and the use cases)
//   dotnet bench/Kechuang.Bench/bin/Release/net10.0/Kechuang.Bench.dll province [PG-CONNECTION]   (浙江省 for the load drill: enterprises, 3 years of contracts, indicators, users; re-runnable; docs/deploy.md)
//   dotnet run -c Release --project bench/Kechuang.Bench -- assign   (review assignment: 2,000 × 3,000 and 10,000 × 8,000 from CSV, with greedy as baseline)
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
    case "indicators":
        var enterprises = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000;
        await IndicatorBench.RunAsync(enterprises, args.Length > 2 ? args[2] : postgres);
        break;
    case "import":
        await EnterpriseBench.ImportOnlyAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
        break;
    case "search" when args.Length > 1:
        await EnterpriseBench.SearchOnlyAsync(args[1]);
        break;
    case "evaluate" when args.Length > 1:
        await EnterpriseBench.EvaluateOnlyAsync(args[1]);
        break;
    case "contracts":
        var contracts = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        await ContractBench.RunAsync(contracts, args.Length > 2 ? args[2] : postgres);
        break;
    case "summary":
        var summaryEnterprises = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000;
        var summaryContracts = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 300_000;
        await SummaryBench.RunAsync(summaryEnterprises, summaryContracts, args.Length > 3 ? args[3] : postgres);
        break;
    case "matching" when args.Length > 1 && args[1] == "quality":
        MatchingBench.Quality();
        break;
    case "matching":
        MatchingBench.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
        break;
    case "market":
        await MarketBench.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2_000);
        break;
    case "market-db":
        await MarketDbBench.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000, args.Length > 2 ? args[2] : postgres);
        break;
    case "uploads":
        await UploadBench.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000);
        break;
    case "policies":
        await PolicyBench.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000, args.Length > 2 ? args[2] : postgres);
        break;
    case "province":
        return await ProvinceBench.RunAsync(args.Length > 1 ? args[1] : postgres);
    case "assign":
        AssignmentBench.Run();
        break;
    default:
        Console.Error.WriteLine("usage: regions [PG] | enterprises [COUNT] [PG] | import [COUNT] | search DB | evaluate DB | indicators [ENTERPRISES] [PG] | contracts [COUNT] [PG] | summary [ENTERPRISES] [CONTRACTS] [PG] | uploads [ENTERPRISES] | policies [ENTERPRISES] [PG] | province [PG] | assign | matching [RECORDS|quality] | market [RECORDS] | market-db [RECORDS] [PG]");
        return 2;
}
return 0;
