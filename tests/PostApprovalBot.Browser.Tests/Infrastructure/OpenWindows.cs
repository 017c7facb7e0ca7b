namespace PostApprovalBot.Browser.Tests.Infrastructure;

/// <summary>Several people's Playground pages, opened together (each page loads a 9 MB script: in parallel the wait is shared), closed together.</summary>
public sealed class OpenWindows(IReadOnlyList<PersonaWindow> windows) : IAsyncDisposable
{
    public PersonaWindow this[Persona persona] => windows.Single(w => w.Persona == persona);

    public async ValueTask DisposeAsync()
    {
        foreach (var window in windows)
        {
            await window.DisposeAsync();
        }
    }
}
