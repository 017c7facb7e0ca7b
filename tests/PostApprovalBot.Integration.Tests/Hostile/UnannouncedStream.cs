namespace PostApprovalBot.Integration.Tests.Hostile;

/// <summary>A body whose length the client cannot know in advance, so it goes out chunked, without Content-Length.</summary>
public sealed class UnannouncedStream(byte[] bytes) : MemoryStream(bytes)
{
    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }
}
