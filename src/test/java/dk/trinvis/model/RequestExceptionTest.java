package dk.trinvis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.trinvis.RuleSet;
import org.junit.jupiter.api.Test;

class RequestExceptionTest {
    private static final RuleSet RULES = RuleSet.bundled();

    private static RequestException refused(DecisionRequest request) {
        return catchThrowableOfType(RequestException.class, () -> RULES.decide(request));
    }

    @Test
    void aMisspeltServiceNamesTheFieldTheValueAndTheClosestService() {
        RequestException e = refused(DecisionRequest.of("flyting", "0751"));

        assertThat(e.getMessage()).isEqualTo("unknown service 'flyting' (did you mean 'flytning'?)");
        assertThat(e.field()).isEqualTo("service");
        assertThat(e.value()).isEqualTo("flyting");
        assertThat(e.suggestion()).isEqualTo("flytning");
    }

    @Test
    void anUnknownMunicipalityWithNothingCloseHasNoSuggestion() {
        RequestException e = refused(DecisionRequest.of("flytning", "zzzzzzzz"));

        assertThat(e.getMessage()).isEqualTo("unknown municipality 'zzzzzzzz'");
        assertThat(e.field()).isEqualTo("municipality");
        assertThat(e.suggestion()).isNull();
    }

    @Test
    void anUnknownFactIsReportedAgainstTheFacts() {
        RequestException e = refused(DecisionRequest.of("flytning", "0751").fact("hasMitId", true));

        assertThat(e.field()).isEqualTo("facts");
        assertThat(e.value()).isEqualTo("hasMitId");
        assertThat(e.suggestion()).isEqualTo("hasMitID");
    }

    @Test
    void aFactOfTheWrongTypeNamesTheFactAndWhatItTakes() {
        RequestException e = refused(DecisionRequest.of("flytning", "0751").fact("hasMitID", "maybe"));

        assertThat(e.getMessage()).isEqualTo("fact 'hasMitID' cannot be 'maybe' (write true or false)");
        assertThat(e.field()).isEqualTo("facts.hasMitID");
        assertThat(e.value()).isEqualTo("maybe");
        assertThat(e.suggestion()).isEqualTo("write true or false");
    }

    @Test
    void everyExceptionTrinvisThrowsOnPurposeIsATrinvisException() {
        assertThat(TrinvisException.class).isAssignableFrom(RequestException.class)
                .isAssignableFrom(RuleSetException.class)
                .isAssignableFrom(dk.trinvis.internal.hours.HoursSyntaxException.class);
    }
}
