using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace PostApprovalBot.Teams.Tests.Support;

/// <summary>A host environment with a chosen name, for wiring tests.</summary>
internal sealed class TestHostEnvironment(string environmentName) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = environmentName;

    public string ApplicationName { get; set; } = "PostApprovalBot.Teams.Tests";

    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
