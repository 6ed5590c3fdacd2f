package id.go.mpp.sinergi.survey.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "sinergi.survey")
public interface SurveyConfig {

    /** How long after the visit's completion its citizen may answer. */
    @WithDefault("7d")
    Duration invitationValidity();
}
