using PostApprovalBot.Core.Policy;

namespace PostApprovalBot.Core.Ports;

/// <summary>The editable policy document behind <see cref="IPolicySettingsSource"/>.</summary>
public interface IPolicyStore : IPolicySettingsSource
{
    Task<PolicyDocument> GetDocumentAsync(CancellationToken cancellationToken);

    Task SaveAsync(PolicyDocument document, CancellationToken cancellationToken);
}
