using System.Buffers.Binary;
using System.IO.Compression;

namespace GovRules.Tests.Reporting;

/// <summary>Just enough of PNG to tell a rendered page from a blank one: the size and the decompressed scanlines.</summary>
internal sealed record PngImage(int Width, int Height, byte[] Scanlines)
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    public static PngImage Decode(byte[] png)
    {
        png.AsSpan(0, 8).SequenceEqual(Signature).ShouldBeTrue("not a PNG file");
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            offset += 12 + length;
        }
        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return new PngImage(width, height, raw.ToArray());
    }

    /// <summary>Bytes of the filtered scanlines that are neither 0 nor 255; a uniform page has almost none, text has many.</summary>
    public int DetailBytes => Scanlines.Count(b => b is not 0 and not 255);
}
