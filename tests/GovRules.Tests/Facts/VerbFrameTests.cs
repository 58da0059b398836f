using GovRules.Facts;
using static GovRules.Tests.Facts.FactsFixture;

namespace GovRules.Tests.Facts;

/// <summary>Phrasing guide §1: each verb frame gives exactly one assignment with the right holder, verb and task terms.</summary>
public class VerbFrameTests
{
    public static TheoryData<string, string, AssignmentVerb, string[]> Sentences => new()
    {
        { "Aluehallitus vastaa palvelujen saatavuudesta ja saavutettavuudesta sekä sisäisen valvonnan järjestämisestä.", "aluehallitus", AssignmentVerb.Vastaa, ["saatavuus", "saavutettavuus", "sisäinen-valvonta"] },
        { "Aluevaltuusto päättää palveluverkon periaatteista.", "aluevaltuusto", AssignmentVerb.Paattaa, ["palveluverkko"] },
        { "Pelastusjohtaja johtaa pelastuslaitosta.", "pelastusjohtaja", AssignmentVerb.Johtaa, ["pelastuslaitos"] },
        { "Hyvinvointilautakunta toimii hyvinvoinnin ja terveyden edistämisen vastuutahona.", "hyvinvointilautakunta", AssignmentVerb.Toimii, ["hyte", "vastuutaho"] },
        { "Integraatiojohtajan tehtävänä on vastata palvelukokonaisuuksien yhteensovittamisesta.", "integraatiojohtaja", AssignmentVerb.Tehtava, ["palvelukokonaisuus", "yhteensovittaminen"] },
        { "Tarkastuslautakunta huolehtii tarkastuksen järjestämisestä.", "tarkastuslautakunta", AssignmentVerb.Huolehtii, ["tarkastus", "järjestämisvastuu"] },
        { "Hyvinvointialuejohtaja valmistelee aluehallitukselle esityksen hyvinvointialuestrategiaksi.", "hyvinvointialuejohtaja", AssignmentVerb.Valmistelee, ["strategia"] },
        { "Pelastustoimen toimialuejohtaja on pelastuslain 26 §:n mukainen pelastusviranomainen ja pelastuslaitoksen ylin viranhaltija.", "pelastusjohtaja", AssignmentVerb.On, ["pelastusviranomainen"] },
        { "Aluehallituksen on huolehdittava vaikuttamistoimielinten toimintaedellytyksistä.", "aluehallitus", AssignmentVerb.Huolehtii, ["vaikuttamistoimielin"] },
        { "Hyvinvointialuejohtajan tulee vastata talousarvion toteutumisen seurannasta.", "hyvinvointialuejohtaja", AssignmentVerb.Vastaa, ["talousarvio"] },
        { "Aluehallituksen tulee huolehtia riskienhallinnan järjestämisestä.", "aluehallitus", AssignmentVerb.Huolehtii, ["riskienhallinta"] },
        { "Pelastusjohtajalla on järjestämisvastuu pelastustoimen tehtävistä.", "pelastusjohtaja", AssignmentVerb.Omistaa, ["järjestämisvastuu", "pelastustoimi"] },
        { "Pelastustoimen järjestämistehtävien viranhaltijavastuu on pelastusjohtajalla.", "pelastusjohtaja", AssignmentVerb.Omistaa, ["järjestämistehtävä", "viranhaltijavastuu", "pelastustoimi"] },
        { "Aluehallitus seuraa hyvinvointialueen taloutta.", "aluehallitus", AssignmentVerb.Muu, ["talous"] },
        { "Aluehallitus hyväksyy hankintaohjeen.", "aluehallitus", AssignmentVerb.Muu, ["hankintaohje"] },
        { "Hyvinvointilautakunta edistää asukkaiden osallisuutta.", "hyvinvointilautakunta", AssignmentVerb.Muu, ["osallisuus"] },
        { "Aluevaltuusto valitsee tarkastuslautakunnan jäsenet.", "aluevaltuusto", AssignmentVerb.Muu, ["tarkastuslautakunta", "jäsen"] },
        { "Tarkastuslautakunta valvoo tilintarkastusta.", "tarkastuslautakunta", AssignmentVerb.Muu, ["tarkastus"] },
        { "Aluehallitus ohjaa palvelutuotantoa.", "aluehallitus", AssignmentVerb.Muu, ["palvelutuotanto"] },
        { "Aluehallitus valmistelee ja vastaa mm. kuntaneuvotteluista.", "aluehallitus", AssignmentVerb.Vastaa, ["kuntaneuvottelut"] },
        { "Pelastuslaitosta johtaa pelastusjohtaja.", "pelastusjohtaja", AssignmentVerb.Johtaa, ["pelastuslaitos"] },
        { "Operatiivisesta johtamisesta vastaa aluehallituksen alaisena hyvinvointialuejohtaja.", "hyvinvointialuejohtaja", AssignmentVerb.Vastaa, ["operatiivinen-johtaminen"] },
        { "Vaikuttamistoimielinten asettamisesta päättää aluehallitus.", "aluehallitus", AssignmentVerb.Paattaa, ["vaikuttamistoimielin"] },
        { "Pelastustoimen palvelutasopäätöksestä päättää aluevaltuusto.", "aluevaltuusto", AssignmentVerb.Paattaa, ["palvelutasopäätös"] },
        { "Hyvinvointialuejohtaja vastaa muun muassa hallinnon ja talouden johtamisesta.", "hyvinvointialuejohtaja", AssignmentVerb.Vastaa, ["hallinto", "talous"] },
        { "Hyvinvointialuejohtaja vastaa johtavana viranhaltijana hyvinvointialueen toiminnasta.", "hyvinvointialuejohtaja", AssignmentVerb.Vastaa, ["toiminta"] },
        { "Pelastusjohtaja vastaa myös osaltaan siitä, että pelastustoimen palvelut ovat yhdenvertaisesti saatavilla.", "pelastusjohtaja", AssignmentVerb.Vastaa, ["saatavuus", "pelastustoimi"] },
        { "Aluehallitus päättää asioista, jollei toimivaltaa ole siirretty muulle toimielimelle.", "aluehallitus", AssignmentVerb.Paattaa, ["asia"] },
        { "Hva-johtaja vastaa konsernihallinnon johtamisesta.", "hyvinvointialuejohtaja", AssignmentVerb.Vastaa, ["konsernihallinto"] },
        { "Hallitus vastaa omistajaohjauksesta.", "aluehallitus", AssignmentVerb.Vastaa, ["omistajaohjaus"] },
        { "Valtuusto päättää hallintosäännöstä.", "aluevaltuusto", AssignmentVerb.Paattaa, ["hallintosääntö"] },
        { "Pelastuskomentaja johtaa pelastuslaitosta.", "pelastusjohtaja", AssignmentVerb.Johtaa, ["pelastuslaitos"] },
        { "Pelastuslaitoksen johtaja vastaa pelastustoimen järjestämisestä.", "pelastusjohtaja", AssignmentVerb.Vastaa, ["järjestämisvastuu", "pelastustoimi"] },
        { "Pelastustoimen toimialajohtaja vastaa pelastuslaitoksen johtamisesta.", "pelastusjohtaja", AssignmentVerb.Vastaa, ["pelastuslaitos", "johtaminen"] },
        { "Turvallisuuslautakunta johtaa ja kehittää pelastustoimialaa.", "pelastuslautakunta", AssignmentVerb.Johtaa, ["pelastustoimi"] },
        { "Valmius ja turvallisuus -lautakunnan tehtävänä on seurata pelastustoimen palvelutasoa.", "pelastuslautakunta", AssignmentVerb.Tehtava, ["palvelutasopäätös"] },
        { "Palvelut ja resurssit -lautakunta vastaa tilahallinnosta.", "palvelut ja resurssit -lautakunta", AssignmentVerb.Vastaa, ["tilahallinto"] },
        { "HYTE-lautakunta toimii hyvinvoinnin ja terveyden edistämisen vastuutahona.", "hyvinvointilautakunta", AssignmentVerb.Toimii, ["vastuutaho", "hyte"] },
        { "Yhdyspintalautakunta valmistelee vuosittaiset hyte-neuvottelut kuntien kanssa.", "hyvinvointilautakunta", AssignmentVerb.Valmistelee, ["hyte-neuvottelut"] },
        { "Aluehallitus vastaa kuntien kanssa käytävistä neuvotteluista kerran valtuustokaudessa.", "aluehallitus", AssignmentVerb.Vastaa, ["kuntaneuvottelut"] },
        { "Integraatiojohtaja vastaa TKI-toiminnan koordinoinnista.", "integraatiojohtaja", AssignmentVerb.Vastaa, ["tki"] },
        { "Kehitysjohtaja vastaa TKIO:n ja integroidun kehittämisen yhteensovittamisesta.", "kehitysjohtaja", AssignmentVerb.Vastaa, ["tki", "kehittäminen", "yhteensovittaminen"] },
        { "Sosiaali- ja terveyslautakunta vastaa sosiaali- ja terveyspalvelujen järjestämisestä.", "sosiaali-ja-terveyslautakunta", AssignmentVerb.Vastaa, ["järjestämisvastuu", "terveyspalvelu", "sosiaalipalvelu"] },
        { "Aluehallitus vastaa vaikuttamistoimielimien toimintaedellytyksistä.", "aluehallitus", AssignmentVerb.Vastaa, ["vaikuttamistoimielin"] },
        { "Pelastuslaitos huolehtii alueellaan pelastustoimen palvelutasopäätöksen toteuttamisesta.", "pelastuslaitos", AssignmentVerb.Huolehtii, ["palvelutasopäätös"] },
        { "Talousjohtajan sijaisena toimii hallintojohtaja.", "hallintojohtaja", AssignmentVerb.Toimii, ["sijainen"] },
        { "Pelastus\u00ADjohtaja vastaa pelastustoimen jär-\njestämisestä.", "pelastusjohtaja", AssignmentVerb.Vastaa, ["järjestämisvastuu"] },
        { "Aluehallitus asettaa nuoriso-, vanhus- ja vammaisneuvostot.", "aluehallitus", AssignmentVerb.Muu, ["nuorisovaltuusto", "vanhusneuvosto", "vammaisneuvosto"] },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Frame_gives_the_holder_verb_and_task_terms(string sentence, string holder, AssignmentVerb verb, string[] terms)
    {
        var facts = Extract(sentence);
        var assignment = Single(facts);
        assignment.Holder.ShouldBe(holder);
        assignment.Verb.ShouldBe(verb);
        foreach (var term in terms) facts.TaskMentions(assignment, term).ShouldBeTrue($"task «{assignment.Task}» should mention {term}");
    }

    [Fact]
    public void Coordinated_subjects_each_hold_the_task()
    {
        var facts = Extract("Aluehallitus ja hyvinvointialuejohtaja vastaavat sisäisen valvonnan järjestämisestä.");
        facts.Assignments.Select(a => a.Holder).ShouldBe(["aluehallitus", "hyvinvointialuejohtaja"]);
        facts.Assignments.ShouldAllBe(a => a.Verb == AssignmentVerb.Vastaa && a.Terms.Contains("sisäinen-valvonta"));
    }

    [Fact]
    public void Coordinated_subjects_with_an_attribute_each_hold_the_task()
    {
        var facts = Extract("Toimialajohtajat, pelastusjohtaja ja johtamisen tason 1 johtajat vastaavat sisäisen valvonnan toteuttamisesta.");
        facts.Assignments.Select(a => a.Holder).ShouldBe(["toimialajohtaja", "pelastusjohtaja", "johtaja"]);
    }

    [Fact]
    public void Suspended_plural_subject_names_two_organs()
    {
        var facts = Extract("Tarkastus- ja aluevaalilautakunnat vastaavat toimialansa asiakirjahallinnosta.");
        facts.Assignments.Select(a => a.Holder).ShouldBe(["tarkastuslautakunta", "aluevaalilautakunta"]);
    }

    [Fact]
    public void Coordinated_verbs_with_different_objects_give_one_assignment_each()
    {
        var facts = Extract("Pelastusjohtaja johtaa pelastuslaitosta ja vastaa pelastustoimen järjestämisestä.");
        facts.Assignments.Select(a => (a.Holder, a.Verb)).ShouldBe([("pelastusjohtaja", AssignmentVerb.Johtaa), ("pelastusjohtaja", AssignmentVerb.Vastaa)]);
        facts.Assignments[1].Terms.ShouldContain("järjestämisvastuu");
        facts.Assignments[0].Terms.ShouldNotContain("järjestämisvastuu");
    }

    [Fact]
    public void A_relative_clause_after_the_holder_describes_the_holder_not_the_task()
    {
        var assignment = Single(Extract("Pelastuslaitosta johtaa pelastusjohtaja, joka on pelastuslaitoksen ylin viranhaltija."));
        assignment.Holder.ShouldBe("pelastusjohtaja");
        assignment.Verb.ShouldBe(AssignmentVerb.Johtaa);
        assignment.Task.ShouldBe("Pelastuslaitosta");
    }

    [Fact]
    public void A_relative_clause_verb_is_used_when_the_main_clause_has_none()
    {
        var assignment = Single(Extract("Aluehallituksessa on 13 jäsentä, joista aluevaltuusto valitsee puheenjohtajan ja kaksi varapuheenjohtajaa."));
        assignment.Holder.ShouldBe("aluevaltuusto");
        assignment.Task.ShouldStartWith("puheenjohtajan");
    }

    [Fact]
    public void A_persons_name_after_the_title_is_not_the_holder_nor_the_task()
    {
        var assignment = Single(Extract("Pelastuslaitosta johtaa pelastusjohtaja Matti Meikäläinen."));
        assignment.Holder.ShouldBe("pelastusjohtaja");
        assignment.Task.ShouldNotContain("Matti");
    }

    [Theory]
    [InlineData("Hyvinvointialuejohtaja vastaa muun muassa talouden johtamisesta.", AssignmentQualifiers.NonExhaustive)]
    [InlineData("Pelastusjohtaja vastaa myös osaltaan valmiussuunnittelusta.", AssignmentQualifiers.Shared)]
    [InlineData("Aluehallitus päättää asioista, jollei toimivaltaa ole siirretty muulle toimielimelle.", AssignmentQualifiers.Residual)]
    public void Qualifiers_are_kept(string sentence, AssignmentQualifiers qualifier) =>
        Single(Extract(sentence)).Qualifiers.HasFlag(qualifier).ShouldBeTrue();
}
