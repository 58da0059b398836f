using GovRules.OrgCharts;

namespace GovRules.Tests.OrgCharts;

public sealed class NodeKindGuesserTests
{
    [Theory]
    [InlineData("Aluevaltuusto", OrgNodeKind.Organ)]
    [InlineData("Aluehallitus", OrgNodeKind.Organ)]
    [InlineData("Tarkastuslautakunta", OrgNodeKind.Organ)]
    [InlineData("Yksilöasiainjaosto", OrgNodeKind.Organ)]
    [InlineData("Vanhusneuvosto", OrgNodeKind.Organ)]
    [InlineData("Hyvinvointialuejohtaja", OrgNodeKind.Post)]
    [InlineData("Pelastusjohtaja", OrgNodeKind.Post)]
    [InlineData("Terveys ja turvallisuus -toimialajohtaja", OrgNodeKind.Post)]
    [InlineData("Johtajaylilääkäri", OrgNodeKind.Post)]
    [InlineData("Pelastuskomentaja", OrgNodeKind.Post)]
    [InlineData("Hva-johtaja", OrgNodeKind.Post)]
    [InlineData("Pelastuslaitos", OrgNodeKind.Unit)]
    [InlineData("Konsernipalvelut", OrgNodeKind.Unit)]
    [InlineData("Sosiaali- ja terveyspalvelut", OrgNodeKind.Unit)]
    [InlineData("Vastuualue", OrgNodeKind.Unit)]
    [InlineData("Ensihoitokeskus", OrgNodeKind.Unit)]
    [InlineData("Aluehallitus (välfärdsområdesstyrelsen)", OrgNodeKind.Organ)]
    [InlineData("Terveys ja turvallisuus", OrgNodeKind.Unknown)]
    [InlineData("Strategia ja talous", OrgNodeKind.Unknown)]
    public void Kind_follows_the_head_word_of_the_Finnish_compound(string name, OrgNodeKind expected) =>
        NodeKindGuesser.Guess(name).ShouldBe(expected);
}
