using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.Tests.BlockKit;

[Trait("Category", "Slack")]
public sealed class SurfaceLimitTests
{
    private static IEnumerable<Block> Dividers(int count) => Enumerable.Range(0, count).Select(_ => new DividerBlock());

    [Fact]
    public void Message_takes_50_blocks_and_refuses_51()
    {
        Assert.Equal(50, new SlackMessage("m", Dividers(50)).Blocks.Count);
        Assert.Throws<BlockKitLimitException>(() => new SlackMessage("m", Dividers(51)));
    }

    [Fact]
    public void Modal_and_home_take_100_blocks_and_refuse_101()
    {
        Assert.Equal(100, new ModalView("t", Dividers(100), "cb").Blocks.Count);
        Assert.Throws<BlockKitLimitException>(() => new ModalView("t", Dividers(101), "cb"));
        Assert.Equal(100, new HomeView(Dividers(100)).Blocks.Count);
        Assert.Throws<BlockKitLimitException>(() => new HomeView(Dividers(101)));
    }

    [Fact]
    public void Modal_title_and_buttons_are_cut_to_24()
    {
        var view = new ModalView("A title that is far too long", Dividers(1), "cb", submit: "Submit this for approval now", close: "Cancel");

        Assert.Equal(24, view.Title.Text.Length);
        Assert.Equal(24, view.Submit!.Text.Length);
    }

    [Fact]
    public void Private_metadata_over_3000_is_refused()
    {
        Assert.Equal(3000, new ModalView("t", Dividers(1), "cb", privateMetadata: new string('m', 3000)).PrivateMetadata.Length);
        Assert.Throws<BlockKitLimitException>(() => new ModalView("t", Dividers(1), "cb", privateMetadata: new string('m', 3001)));
    }

    [Fact]
    public void Modal_with_inputs_needs_a_submit_button()
    {
        Block[] blocks = [new InputBlock("Text", new PlainTextInputElement("v"), "b")];

        Assert.Throws<ArgumentException>(() => new ModalView("t", blocks, "cb"));
    }

    [Fact]
    public void Modal_serialises_type_title_callback_and_metadata()
    {
        var json = new ModalView("Title", Dividers(1), "cb", submit: "Send", close: "Cancel", privateMetadata: "{}").ToJson();

        Assert.Equal(("modal", "Title", "cb", "{}"), ((string?)json["type"], (string?)json["title"]!["text"], (string?)json["callback_id"], (string?)json["private_metadata"]));
        Assert.Equal(("Send", "Cancel"), ((string?)json["submit"]!["text"], (string?)json["close"]!["text"]));
    }

    [Fact]
    public void Block_list_refuses_blocks_beyond_its_capacity()
    {
        var list = new BlockList(2).Add(new DividerBlock()).Add(new DividerBlock());

        Assert.Equal(0, list.Remaining);
        Assert.Throws<BlockKitLimitException>(() => list.Add(new DividerBlock()));
    }

    [Fact]
    public void Message_json_has_fallback_text_and_blocks()
    {
        var json = new SlackMessage("Hello & bye", [new DividerBlock()]).ToJson();

        Assert.Equal("Hello & bye", (string?)json["text"]);
        Assert.Equal("divider", (string?)json["blocks"]![0]!["type"]);
    }
}
