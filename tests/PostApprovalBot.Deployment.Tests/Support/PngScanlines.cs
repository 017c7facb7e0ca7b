namespace PostApprovalBot.Deployment.Tests.Support;

/// <summary>Undoes the per-row PNG filters (None, Sub, Up, Average, Paeth) of 8-bit images.</summary>
internal static class PngScanlines
{
    public static byte[] Unfilter(byte[] raw, int width, int height, int bytesPerPixel)
    {
        var stride = width * bytesPerPixel;
        if (raw.Length != height * (stride + 1))
        {
            throw new InvalidDataException($"Expected {height * (stride + 1)} bytes of scanlines, found {raw.Length}.");
        }

        var pixels = new byte[height * stride];
        for (var row = 0; row < height; row++)
        {
            var filter = raw[row * (stride + 1)];
            var source = raw.AsSpan(row * (stride + 1) + 1, stride);
            var line = pixels.AsSpan(row * stride, stride);
            ReadOnlySpan<byte> above = row == 0 ? new byte[stride] : pixels.AsSpan((row - 1) * stride, stride);
            for (var i = 0; i < stride; i++)
            {
                var left = i >= bytesPerPixel ? line[i - bytesPerPixel] : (byte)0;
                var upperLeft = i >= bytesPerPixel ? above[i - bytesPerPixel] : (byte)0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => above[i],
                    3 => (left + above[i]) / 2,
                    4 => Paeth(left, above[i], upperLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter} on row {row}."),
                };
                line[i] = (byte)(source[i] + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int left, int above, int upperLeft)
    {
        var estimate = left + above - upperLeft;
        var (toLeft, toAbove, toUpperLeft) = (Math.Abs(estimate - left), Math.Abs(estimate - above), Math.Abs(estimate - upperLeft));
        if (toLeft <= toAbove && toLeft <= toUpperLeft)
        {
            return left;
        }

        return toAbove <= toUpperLeft ? above : upperLeft;
    }
}
