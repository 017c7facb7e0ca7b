using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PostApprovalBot.Teams.Activities;
using PostApprovalBot.Teams.Channel.Identity;
using PostApprovalBot.Teams.Connector;
using PostApprovalBot.Teams.Invoke;

namespace PostApprovalBot.Teams.Channel.Turns;

/// <summary>Dispatches an authenticated activity by type: messages, card clicks, installs; anything else is acknowledged and ignored.</summary>
public sealed class TeamsTurnHandler(
    TeamsIdentity identity, MessageTurn messages, MembershipTurn membership, CardActions actions, TeamsReplies replies, ILogger<TeamsTurnHandler> logger)
{
    public async Task<IResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        switch (activity.Type)
        {
            case ActivityTypes.Invoke when AdaptiveCardActionRequest.From(activity) is { } request:
                var answer = await InvokeAsync(activity, request, cancellationToken).ConfigureAwait(false);
                return Results.Content(answer.ToJsonString(), "application/json");
            case ActivityTypes.InstallationUpdate when MembershipTurn.IsRemoval(activity):
                await identity.ForgetAddressAsync(activity, cancellationToken).ConfigureAwait(false);
                return Results.Ok();
            case ActivityTypes.Message or ActivityTypes.InstallationUpdate:
            case ActivityTypes.ConversationUpdate when MembershipTurn.BotWasAdded(activity):
                await TakeTurnAsync(activity, cancellationToken).ConfigureAwait(false);
                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    private async Task<AdaptiveCardActionResponse> InvokeAsync(Activity activity, AdaptiveCardActionRequest request, CancellationToken ct)
    {
        try
        {
            var contact = await identity.ResolveAsync(activity, ct).ConfigureAwait(false);
            if (contact is null)
            {
                return AdaptiveCardActionResponse.Error(400, "UnknownUser", TeamsIdentity.Unidentified);
            }

            var turn = new TeamsTurn(activity, contact, ConversationReference.From(activity)!);
            return (await actions.AnswerAsync(turn, request, ct).ConfigureAwait(false)).ToInvokeResponse();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The click must still get an answer, or Teams shows a vague failure; the log has the cause.
            logger.LogError(ex, "The '{Verb}' click could not be answered.", request.Verb);
            return AdaptiveCardActionResponse.Error(500, "BotError", "Something went wrong on my side, and I cannot tell whether your click was recorded. Look again in a moment.");
        }
    }

    private async Task TakeTurnAsync(Activity activity, CancellationToken ct)
    {
        try
        {
            var contact = await identity.ResolveAsync(activity, ct).ConfigureAwait(false);
            if (ConversationReference.From(activity) is not { } conversation)
            {
                return;
            }

            if (contact is null)
            {
                if (activity.Type == ActivityTypes.Message)
                {
                    await replies.SendAsync(conversation, TeamsIdentity.Unidentified, ct).ConfigureAwait(false);
                }

                return;
            }

            var turn = new TeamsTurn(activity, contact, conversation);
            if (activity.Type == ActivityTypes.Message)
            {
                await messages.HandleAsync(turn, ct).ConfigureAwait(false);
            }
            else if (MembershipTurn.BotWasAdded(activity))
            {
                await membership.GreetAsync(turn, ct).ConfigureAwait(false);
            }
        }
        catch (ConnectorException ex)
        {
            // Nothing to retry here: the person sees no answer and can ask again; Teams would only redeliver what was handled.
            logger.LogWarning(ex, "The answer to a {Type} activity could not be sent.", activity.Type);
        }
    }
}
