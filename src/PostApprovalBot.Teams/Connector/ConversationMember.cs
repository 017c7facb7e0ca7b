namespace PostApprovalBot.Teams.Connector;

/// <summary>A conversation member as the connector describes them (GET …/members/{userId}).</summary>
public sealed record ConversationMember(
    string Id,
    string? Name,
    string? AadObjectId,
    string? Email,
    string? UserPrincipalName,
    string? TenantId);
