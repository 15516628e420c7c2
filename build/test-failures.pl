#!/usr/bin/perl
# Prints "failed: <test>: <first 500 characters of its message>" for each failed test in the .trx files given.
# CI keeps only the end of the output, so the reason has to stand next to the totals (perl-base is on every Debian).
use strict;
use warnings;

local $/;
while (my $trx = <>) {
    # Self-closing results (no output) are skipped by the [^\/] before '>', so they cannot swallow the next one.
    while ($trx =~ /<UnitTestResult ([^>]*[^\/])>(.*?)<\/UnitTestResult>/gs) {
        my ($attributes, $body) = ($1, $2);
        next unless $attributes =~ /outcome="Failed"/;
        my ($name) = $attributes =~ /testName="([^"]*)"/;
        my ($message) = $body =~ /<Message>(.*?)<\/Message>/s;
        $message //= '';
        $message =~ s/\s+/ /g;
        $message =~ s/&quot;/"/g;
        $message =~ s/&apos;/'/g;
        $message =~ s/&lt;/</g;
        $message =~ s/&gt;/>/g;
        $message =~ s/&amp;/&/g;
        print "failed: $name: ", substr($message, 0, 500), "\n";
    }
}
