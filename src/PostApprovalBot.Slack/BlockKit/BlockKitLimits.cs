namespace PostApprovalBot.Slack.BlockKit;

/// <summary>Slack's Block Kit limits (PROTOCOLS.md §6 and the Block Kit reference), in UTF-16 characters.</summary>
public static class BlockKitLimits
{
    public const int MessageBlocks = 50;
    public const int SurfaceBlocks = 100;
    public const int MessageText = 4_000;
    public const int SectionText = 3_000;
    public const int SectionFields = 10;
    public const int FieldText = 2_000;
    public const int ContextElements = 10;
    public const int ContextText = 3_000;
    public const int ActionsElements = 25;
    public const int HeaderText = 150;
    public const int ButtonText = 75;
    public const int ButtonValue = 2_000;
    public const int ActionId = 255;
    public const int BlockId = 255;
    public const int CallbackId = 255;
    public const int ModalTitle = 24;
    public const int ModalButtonText = 24;
    public const int PrivateMetadata = 3_000;
    public const int InputLabel = 2_000;
    public const int InputHint = 2_000;
    public const int Placeholder = 150;
    public const int PlainTextInputLength = 3_000;
    public const int SelectOptions = 100;
    public const int OptionText = 75;
    public const int OptionValue = 150;
}
