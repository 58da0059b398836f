using GovRules.Documents;
using GovRules.Facts;
using GovRules.Language;

namespace GovRules.Tests.Facts;

/// <summary>A task's text as the report shows it: cut from the paragraph when its words follow each other, joined otherwise — the same text either way.</summary>
public class TaskTextTests
{
    [Fact]
    public void Every_run_of_a_sample_paragraphs_tokens_reads_as_the_words_joined()
    {
        var document = DocumentReader.Read(Path.Combine(FactsFixture.SamplesDir, "terveys-ja-turvallisuus.pandoc.docx"));
        var runs = 0;
        foreach (var block in document.Blocks)
        {
            var text = TextNormalizer.Normalize(block.Text);
            var tokens = Tokenizer.Tokenize(text);
            for (var from = 0; from < tokens.Length; from += 3)
                for (var to = from + 1; to <= tokens.Length; to += 5)
                {
                    var run = tokens.AsSpan(from, to - from);
                    TokenText.Join(run, text).ShouldBe(TokenText.Join(run));
                    runs++;
                }
        }
        runs.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void A_holder_between_the_task_words_is_left_out_of_the_task_text()
    {
        var facts = FactBase.Build(DocumentReader.ReadMarkdown("Talousarvion täytäntöönpanosta päättää aluehallitus kuultuaan tarkastuslautakuntaa."), null);

        var assignment = facts.Assignments.ShouldHaveSingleItem();
        assignment.Holder.ShouldBe("aluehallitus");
        assignment.Task.ShouldBe("Talousarvion täytäntöönpanosta kuultuaan tarkastuslautakuntaa");
    }
}
