package id.netral.events;

/** PNS and PPPK are ASN; NON_ASN covers PTT / honorer staff bound by the city's own rules. */
public enum EmploymentType {
    PNS, PPPK, NON_ASN
}
