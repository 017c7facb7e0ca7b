namespace PostApprovalBot.Teams.Connector;

/// <summary>Supplies the app token for Bot Connector calls; failures throw <see cref="ConnectorException"/> with <see cref="ConnectorFailure.TokenUnavailable"/>.</summary>
public interface IConnectorTokenSource
{
    Task<string> GetTokenAsync(CancellationToken cancellationToken);
}
