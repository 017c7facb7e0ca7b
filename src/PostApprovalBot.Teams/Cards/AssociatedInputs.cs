namespace PostApprovalBot.Teams.Cards;

/// <summary>Which inputs an Action.Execute sends: auto = every input on the card, none = no input.</summary>
public enum AssociatedInputs
{
    Auto,
    None,
}
