package id.go.mpp.sinergi.survey.domain;

/** Where a survey invitation stands: open until its citizen answers it (an expired one stays open but is refused). */
public enum InvitationStatus {
    OPEN,
    ANSWERED
}
