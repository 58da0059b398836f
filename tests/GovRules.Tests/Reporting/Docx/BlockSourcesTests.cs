using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using GovRules.Documents;
using GovRules.Documents.Docx;
using GovRules.Documents.Structure;
using GovRules.Reporting.Docx;

namespace GovRules.Tests.Reporting.Docx;

/// <summary>The annotator's body walk sees exactly the blocks the reader sees, so every finding's block has a paragraph to carry its comment.</summary>
public sealed class BlockSourcesTests
{
    public static TheoryData<string, ChangeView> Drafts()
    {
        var data = new TheoryData<string, ChangeView>();
        var corpus = File.ReadLines(Path.Combine(AnnotationFiles.CorpusDir, "MANIFEST.tsv")).Skip(1)
            .Select(l => l.Split('\t'))
            .Where(f => f.Length > 7 && f[7] == "parse" && !f[6].Contains("strict", StringComparison.Ordinal))
            .Select(f => AnnotationFiles.Corpus(f[0]));
        foreach (var path in corpus.Concat(AnnotationFiles.Samples.Select(AnnotationFiles.Sample)))
        {
            data.Add(Path.GetRelativePath(ReportingPaths.SharedDir, path), ChangeView.Accept);
            data.Add(Path.GetRelativePath(ReportingPaths.SharedDir, path), ChangeView.Original);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Drafts))]
    public void The_walk_yields_the_readers_blocks_and_a_paragraph_for_every_one(string relativePath, ChangeView view)
    {
        var path = Path.GetFullPath(Path.Combine(ReportingPaths.SharedDir, relativePath));
        var document = DocumentReader.Read(path, new ReadOptions { Changes = view });
        using var package = WordprocessingDocument.Open(new MemoryStream(File.ReadAllBytes(path)), false);
        var main = package.MainDocumentPart!;
        var body = WordXml.Load(main)!.Root!.Element(WordXml.W + "body");
        if (body is null)
        {
            document.Blocks.ShouldBeEmpty();
            return;
        }
        var styles = new StyleCatalog(DocxParts.LoadRoot(main.StyleDefinitionsPart, path) ?? DocxParts.LoadRoot(main.StylesWithEffectsPart, path));
        var numbering = new ListNumbering(new ListDefinitions(DocxParts.LoadRoot(main.NumberingDefinitionsPart, path)), styles);

        var walked = new SourcedBodyWalker(new WalkState(view), new ParagraphClassifier(styles, numbering)).Walk(body);

        HeadingClassifier.Classify([.. walked.Select(w => w.Raw)]).Select(b => b.Text).ShouldBe(document.Blocks.Select(b => b.Text));
        var anchors = BlockSources.Map(main, body, document, path);
        anchors.Count.ShouldBe(document.Blocks.Count);
        anchors.ShouldAllBe(a => a != null && a.Name == WordXml.W + "p");
    }
}
