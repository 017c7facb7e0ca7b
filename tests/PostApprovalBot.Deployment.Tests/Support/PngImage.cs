using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PostApprovalBot.Deployment.Tests.Support;

/// <summary>
/// A decoded PNG, enough to check app icons: 8-bit RGB or RGBA, not interlaced (what icon tools and
/// draw-icons.py write). Anything else is refused loudly rather than misread.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _rgba;

    private PngImage(int width, int height, bool hasAlpha, byte[] rgba)
    {
        Width = width;
        Height = height;
        HasAlphaChannel = hasAlpha;
        _rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    public bool HasAlphaChannel { get; }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        for (var i = 0; i < _rgba.Length; i += 4)
        {
            yield return (_rgba[i], _rgba[i + 1], _rgba[i + 2], _rgba[i + 3]);
        }
    }

    public static PngImage Decode(byte[] file)
    {
        if (file.Length < 8 || !file.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var at = 8; at + 8 <= file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var kind = Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (kind == "IHDR")
            {
                (width, height, channels) = ReadHeader(data);
            }
            else if (kind == "IDAT")
            {
                compressed.Write(data);
            }

            at += 12 + length;
        }

        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        var pixels = PngScanlines.Unfilter(raw.ToArray(), width, height, channels);
        return new PngImage(width, height, channels == 4, ToRgba(pixels, channels));
    }

    private static (int Width, int Height, int Channels) ReadHeader(ReadOnlySpan<byte> header)
    {
        var width = BinaryPrimitives.ReadInt32BigEndian(header);
        var height = BinaryPrimitives.ReadInt32BigEndian(header[4..]);
        var (bitDepth, colourType, interlace) = (header[8], header[9], header[12]);
        if (bitDepth != 8 || interlace != 0 || colourType is not (2 or 6))
        {
            throw new InvalidDataException(
                $"Unsupported PNG: bit depth {bitDepth}, colour type {colourType}, interlace {interlace}.");
        }

        return (width, height, colourType == 6 ? 4 : 3);
    }

    private static byte[] ToRgba(byte[] pixels, int channels)
    {
        if (channels == 4)
        {
            return pixels;
        }

        var rgba = new byte[pixels.Length / 3 * 4];
        for (int from = 0, to = 0; from < pixels.Length; from += 3, to += 4)
        {
            (rgba[to], rgba[to + 1], rgba[to + 2], rgba[to + 3]) = (pixels[from], pixels[from + 1], pixels[from + 2], 255);
        }

        return rgba;
    }
}
