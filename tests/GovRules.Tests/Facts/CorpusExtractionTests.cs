using GovRules.Documents;
using GovRules.Facts;

namespace GovRules.Tests.Facts;

/// <summary>Third-party Word files (../shared/corpus/docx): whatever the reader accepts, the extractor handles without failing.</summary>
public class CorpusExtractionTests
{
    [Fact]
    public void Every_readable_corpus_document_gives_well_formed_facts()
    {
        var corpus = Path.GetFullPath(Path.Combine(FactsFixture.RepoRoot, "..", "shared", "corpus", "docx"));
        Directory.Exists(corpus).ShouldBeTrue(corpus);
        var read = 0;
        foreach (var path in Directory.EnumerateFiles(corpus, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            GovDocument document;
            try
            {
                document = DocumentReader.Read(path);
            }
            catch (DocumentRejectedException)
            {
                continue;
            }
            read++;
            var facts = FactBase.Build(document, null);
            facts.Assignments.ShouldAllBe(a => a.Holder.Length > 0 && a.Location.Paragraph > 0, path);
            facts.Entities.Select(e => e.Id).ShouldBeUnique(path);
        }
        read.ShouldBeGreaterThan(50);
    }
}
