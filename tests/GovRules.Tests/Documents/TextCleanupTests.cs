using GovRules.Documents.Structure;

namespace GovRules.Tests.Documents;

public sealed class TextCleanupTests
{
    [Theory]
    [InlineData("pelastus\u00ADtoimen järjestäminen", "pelastustoimen järjestäminen")]
    [InlineData("pelastustoimen jär-\njestämisestä", "pelastustoimen järjestämisestä")]
    [InlineData("pelastustoimen jär- \n  jestämisestä", "pelastustoimen järjestämisestä")]
    [InlineData("sosiaali- ja terveydenhuolto", "sosiaali- ja terveydenhuolto")]
    [InlineData("sosiaali-\nja terveydenhuolto", "sosiaali- ja terveydenhuolto")]
    [InlineData("Hva-johtaja vastaa", "Hva-johtaja vastaa")]
    [InlineData("Hva-\njohtaja vastaa", "Hva-johtaja vastaa")]
    [InlineData("EU-\nasetus", "EU-asetus")]
    [InlineData("linja-\nauto", "linja-auto")]
    [InlineData("Aluehallitus\u00A0päättää\u2009asiasta", "Aluehallitus päättää asiasta")]
    [InlineData("  kaksi   välilyöntiä\tja\r\nrivinvaihto  ", "kaksi välilyöntiä ja rivinvaihto")]
    [InlineData("”Hallintosääntö” ja “lainausmerkit”", "”Hallintosääntö” ja “lainausmerkit”")]
    [InlineData("\u200Bnäkymätön\uFEFF", "näkymätön")]
    [InlineData("", "")]
    public void Normalises_text_the_same_way_for_every_format(string input, string expected) =>
        TextCleanup.Clean(input).ShouldBe(expected);
}
