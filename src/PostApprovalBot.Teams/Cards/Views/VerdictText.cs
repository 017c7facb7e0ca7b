namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>How verdicts read and look on cards.</summary>
internal static class VerdictText
{
    public static string Describe(Verdict verdict) => verdict switch
    {
        Verdict.Approved => "Approved",
        Verdict.Rejected => "Rejected",
        _ => "Changes requested",
    };

    public static CardTone Tone(Verdict verdict) => verdict switch
    {
        Verdict.Approved => CardTone.Good,
        Verdict.Rejected => CardTone.Attention,
        _ => CardTone.Warning,
    };
}
