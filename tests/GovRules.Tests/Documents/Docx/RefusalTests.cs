using System.IO.Compression;
using System.Text;
using GovRules.Documents;
using GovRules.Documents.Docx;

namespace GovRules.Tests.Documents.Docx;

/// <summary>Hostile and broken packages built in code are refused with a specific reason and a one-line message.</summary>
public sealed class RefusalTests
{
    [Fact]
    public void A_zip_bomb_entry_is_refused_before_it_is_inflated_in_full()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++) stream.Write(zeros);
        }
        Refuse(buffer.ToArray()).Reason.ShouldBe(RejectionReason.TooLarge);
    }

    [Fact]
    public void A_zip_that_understates_an_entry_size_is_never_inflated_past_its_claim()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            stream.Write(new byte[8 * 1024 * 1024]);
        }
        var bytes = buffer.ToArray();
        const int LocalHeaderUncompressedSize = 22, CentralHeaderUncompressedSize = 24;
        BitConverter.TryWriteBytes(bytes.AsSpan(LocalHeaderUncompressedSize, 4), 1000u).ShouldBeTrue();
        var central = bytes.AsSpan().LastIndexOf("PK\u0001\u0002"u8);
        BitConverter.TryWriteBytes(bytes.AsSpan(central + CentralHeaderUncompressedSize, 4), 1000u).ShouldBeTrue();
        Refuse(bytes).Reason.ShouldBe(RejectionReason.CorruptZip);
    }

    [Fact]
    public void A_package_with_too_many_entries_is_refused()
    {
        var entries = Enumerable.Range(0, PackageLimits.MaxEntries + 1).ToDictionary(i => $"customXml/item{i}.bin", _ => "");
        var refusal = Refuse(TestPackages.Zip(entries));
        refusal.Reason.ShouldBe(RejectionReason.TooLarge);
        refusal.Message.ShouldContain("zip entries");
    }

    [Fact]
    public void An_external_entity_is_refused_and_never_fetched()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" +
            $"<w:document {TestPackages.WordNamespaces}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
        var refusal = Refuse(TestPackages.DocxWithDocumentXml(xml));
        refusal.Reason.ShouldBe(RejectionReason.Dtd);
        refusal.Message.ShouldContain("word/document.xml");
        refusal.Message.ShouldNotContain("root:");
    }

    [Fact]
    public void A_dtd_in_a_utf16_part_is_refused_by_the_parser_too()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE w:document [<!ENTITY x \"x\">]>" +
            $"<w:document {TestPackages.WordNamespaces}><w:body/></w:document>";
        var package = TestPackages.DocxWithDocumentXml("");
        using var buffer = new MemoryStream();
        buffer.Write(package);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry("word/document.xml")!.Delete();
            using var stream = archive.CreateEntry("word/document.xml").Open();
            stream.Write(Encoding.Unicode.GetPreamble());
            stream.Write(Encoding.Unicode.GetBytes(xml));
        }
        Refuse(buffer.ToArray()).Reason.ShouldBe(RejectionReason.Dtd);
    }

    [Fact]
    public void Absurdly_deep_nesting_is_refused()
    {
        var nested = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 400)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 400));
        Refuse(TestPackages.Docx(nested)).Reason.ShouldBe(RejectionReason.TooLarge);
    }

    [Fact]
    public void A_malformed_styles_part_is_named_in_the_refusal()
    {
        var refusal = Refuse(TestPackages.Docx(TestPackages.Paragraph("Teksti"), stylesXml: "<w:style>"));
        refusal.Reason.ShouldBe(RejectionReason.MalformedXml);
        refusal.Message.ShouldContain("word/styles.xml");
    }

    [Theory]
    [InlineData(@"{\rtf1\ansi Hallintosääntö}", "RTF")]
    [InlineData("%PDF-1.7 ...", "PDF")]
    [InlineData("<html><body>Hallintosääntö</body></html>", "HTML")]
    public void A_file_that_is_not_a_zip_says_what_it_looks_like(string content, string kind)
    {
        var refusal = Refuse(Encoding.UTF8.GetBytes(content));
        refusal.Reason.ShouldBe(RejectionReason.NotZip);
        refusal.Message.ShouldContain(kind);
    }

    [Fact]
    public void An_opendocument_text_is_refused_with_how_to_save_it_as_docx()
    {
        var odt = TestPackages.Zip(new Dictionary<string, string>
        {
            ["mimetype"] = "application/vnd.oasis.opendocument.text",
            ["content.xml"] = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>",
        });
        var refusal = Refuse(odt);
        refusal.Reason.ShouldBe(RejectionReason.UnsupportedFormat);
        refusal.Message.ShouldContain("Save As");
    }

    [Fact]
    public void A_flat_opendocument_sample_is_recognised()
    {
        var path = Corpus.CorpusFiles.InRepository("samples/hallintosaanto/muutosehdotus.fodt");
        var refusal = Should.Throw<DocumentRejectedException>(() => DocxReader.Read(File.ReadAllBytes(path), path, SourceFormat.Docx, ChangeView.Accept));
        refusal.Reason.ShouldBe(RejectionReason.NotZip);
        refusal.Message.ShouldContain("OpenDocument");
    }

    [Fact]
    public void Random_bytes_after_a_zip_signature_are_a_corrupt_zip()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        "PK\u0003\u0004"u8.CopyTo(bytes);
        Refuse(bytes).Reason.ShouldBe(RejectionReason.CorruptZip);
    }

    [Fact]
    public void A_zip_without_a_word_document_is_refused()
    {
        Refuse(TestPackages.Zip(new Dictionary<string, string> { ["readme.txt"] = "ei asiakirjaa" })).Reason.ShouldBe(RejectionReason.NoMainDocument);
    }

    private static DocumentRejectedException Refuse(byte[] bytes)
    {
        var refusal = Should.Throw<DocumentRejectedException>(() => DocxReader.Read(bytes, "luonnos.docx", SourceFormat.Docx, ChangeView.Accept));
        refusal.Message.ShouldStartWith("luonnos.docx: ");
        refusal.Message.ShouldNotContain("\n");
        return refusal;
    }
}
