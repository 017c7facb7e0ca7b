using Microsoft.IdentityModel.Tokens;

namespace PostApprovalBot.Teams.Authentication;

/// <summary>A signing key from the Bot Framework key set with the channel ids it may sign for.</summary>
internal sealed record EndorsedSigningKey(JsonWebKey Key, IReadOnlySet<string> Endorsements);
