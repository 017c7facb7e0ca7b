using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Teams.Graph;

namespace PostApprovalBot.Teams.Channel.Identity;

/// <summary>
/// Reaches a person who never opened the app in Teams: finds them in Entra ID by e-mail, installs the app for them through
/// Microsoft Graph and saves their 1:1 chat with the bot as their contact, as if they had installed it themselves; cards then
/// go through the Bot Connector as usual. Idempotent: an installation that exists is reused, never made twice. Without the
/// Graph permission (403) it says so once in the log and reports <see cref="ContactSearchOutcome.PermissionMissing"/>.
/// </summary>
public sealed class TeamsContactFinder(TeamsAppInstallations graph, IChatDirectory directory, IOptions<TeamsOptions> options, ILogger<TeamsContactFinder> logger)
    : IContactFinder
{
    public const string PermissionProblem =
        "Microsoft Graph refused to install the app (403): grant the application permissions TeamsAppInstallation.ReadWriteSelfForUser.All and User.Read.All "
        + "with admin consent (docs/deployment.md)";

    private int permissionLogged;

    public ChatChannel Channel => ChatChannel.Teams;

    public async Task<ContactSearch> FindAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        try
        {
            var user = await graph.FindUserAsync(person.Id.Value, cancellationToken).ConfigureAwait(false);
            if (user?.Id is not { Length: > 0 } userId)
            {
                return ContactSearch.NotFound($"nobody in the Teams tenant has the e-mail {person.Id}");
            }

            var installation = await graph.EnsureInstalledAsync(userId, cancellationToken).ConfigureAwait(false);
            var chat = await graph.ChatIdAsync(userId, installation, cancellationToken).ConfigureAwait(false);
            var settings = options.Value;
            var address = new TeamsAddress(settings.ProactiveServiceUrl, settings.TenantId, "28:" + settings.AppId, userId, chat);
            var found = Person.FromEmail(person.Id.Value, string.IsNullOrWhiteSpace(user.DisplayName) ? person.DisplayName : user.DisplayName);
            var contact = new ChatContact(ChatChannel.Teams, found, userId, address.Serialize());
            await directory.SaveAsync(contact, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Installed the app in Teams for {Person} (Entra object {UserId}); their 1:1 chat is {Chat}.", person.Id.Pseudonym, userId, chat);
            return ContactSearch.Found(contact);
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 403)
        {
            if (Interlocked.Exchange(ref permissionLogged, 1) == 0)
            {
                logger.LogWarning(ex, "{Problem}. Until then approvers reach the bot only by opening it themselves.", PermissionProblem);
            }

            return ContactSearch.PermissionMissing(PermissionProblem);
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 404)
        {
            return ContactSearch.NotFound($"Microsoft Graph does not know {person.Id} ({ex.Message})");
        }
    }
}
