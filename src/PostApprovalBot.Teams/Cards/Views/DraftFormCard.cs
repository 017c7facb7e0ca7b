namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>The form a submitter fills in to send a post for approval, or to revise one.</summary>
public static class DraftFormCard
{
    public const int LinksMaxLength = 2000;
    public const int NotesMaxLength = 2000;

    public static AdaptiveCard Build(DraftFormView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var values = view.Prefill ?? new DraftFormValues();
        var title = view.DraftId is null ? "New post for approval" : $"Revise draft {view.DraftId}";
        var body = new List<CardElement> { CardParts.Banner(title, "Write the post exactly as it should be published: approvers see this text.", CardTone.Information) };
        if (!string.IsNullOrWhiteSpace(view.FormError))
        {
            body.Add(new Container([new TextBlock(view.FormError) { Color = TextColor.Attention }]) { Style = ContainerStyle.Attention, Spacing = Spacing.Medium });
        }

        if (view.Findings.Count > 0)
        {
            body.Add(CardParts.SectionHeading("Policy check"));
            body.AddRange(CardParts.Findings(view.Findings));
            if (view.ConfirmationKey is not null)
            {
                body.Add(new TextBlock("Approvers will see these findings. Change the draft and submit it again, or submit it as it is.")
                {
                    IsSubtle = true, Spacing = Spacing.Small,
                });
            }
        }

        Add(body, view, DraftFormField.Account, new ChoiceSetInput(
            DraftFormInputIds.Account, "Account", view.Accounts.Select(a => new Choice($"{a.DisplayName} ({a.Platform})", a.Id)).ToList())
        {
            IsRequired = true, ErrorMessage = "Choose the account that will publish the post.", Placeholder = "Choose an account", Value = values.AccountId,
        });
        Add(body, view, DraftFormField.Text, new TextInput(DraftFormInputIds.Text, "Post text")
        {
            IsMultiline = true, IsRequired = true, MaxLength = view.TextMaxLength, ErrorMessage = "Write the text of the post.", Value = values.Text,
        });
        Add(body, view, DraftFormField.Links, new TextInput(DraftFormInputIds.Links, "Links in the post (one per line)")
        {
            IsMultiline = true, MaxLength = LinksMaxLength, Value = values.Links.Count > 0 ? string.Join('\n', values.Links) : null,
        });
        Add(body, view, DraftFormField.SourcesAndNotes, new TextInput(DraftFormInputIds.SourcesAndNotes, "Sources and notes for approvers")
        {
            IsMultiline = true, MaxLength = NotesMaxLength, Value = values.SourcesAndNotes,
        });
        body.Add(Schedule(view, values));
        Add(body, view, DraftFormField.TimeZone, new ChoiceSetInput(
            DraftFormInputIds.TimeZone, "Time zone", view.TimeZones.Select(z => new Choice(z.DisplayName, z.Id)).ToList())
        {
            Value = values.TimeZoneId, Placeholder = "Choose a time zone",
        });

        var data = view.DraftId is null ? new Dictionary<string, string>() : new Dictionary<string, string>(CardParts.DraftData(view.DraftId, view.Revision));
        if (view.ConfirmationKey is { Length: > 0 } confirmation)
        {
            data[CardDataKeys.Confirmation] = confirmation;
        }

        var actions = new List<CardAction>
        {
            new ExecuteAction(view.ConfirmationKey is null ? "Submit for approval" : "Submit with these findings", CardVerbs.SubmitDraft)
            {
                Data = data,
                AssociatedInputs = AssociatedInputs.Auto,
                Style = ActionStyle.Positive,
            },
        };
        if (view.PostingPolicy is { } policy)
        {
            actions.Add(new OpenUrlAction(policy.Title, policy.Url));
        }

        return new AdaptiveCard(body) { Actions = actions, FallbackText = title };
    }

    private static ColumnSet Schedule(DraftFormView view, DraftFormValues values)
    {
        var date = new List<CardElement> { new DateInput(DraftFormInputIds.ScheduledDate, "Publish on") { Value = values.ScheduledDate } };
        var time = new List<CardElement> { new TimeInput(DraftFormInputIds.ScheduledTime, "At") { Value = values.ScheduledTime } };
        AddError(date, view, DraftFormField.ScheduledDate);
        AddError(time, view, DraftFormField.ScheduledTime);
        return new ColumnSet([new Column(date) { Width = "1" }, new Column(time) { Width = "1" }]) { Spacing = Spacing.Medium };
    }

    private static void Add(List<CardElement> body, DraftFormView view, DraftFormField field, CardInput input)
    {
        body.Add(input with { Spacing = Spacing.Medium });
        AddError(body, view, field);
    }

    private static void AddError(List<CardElement> items, DraftFormView view, DraftFormField field)
    {
        if (view.FieldErrors.TryGetValue(field, out var message))
        {
            items.Add(CardParts.FieldError(message));
        }
    }
}
