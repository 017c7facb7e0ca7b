namespace PostApprovalBot.Deployment.Tests.Support;

/// <summary>A temporary folder that is removed with everything in it when disposed.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("deployment-tests-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
