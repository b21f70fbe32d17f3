using Kechuang.Web.Cli;

return await KechuangCli.RunAsync(args);

/// <summary>The entry point; public so the API tests can host it with WebApplicationFactory.</summary>
public partial class Program;
