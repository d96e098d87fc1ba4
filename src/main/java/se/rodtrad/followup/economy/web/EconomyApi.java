package se.rodtrad.followup.economy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.followup.economy.Economy;
import se.rodtrad.followup.economy.PeriodReport;

@RestController
@Tag(name = "Uppföljning: ekonomi", description = "Månadsutfall, helårsprognos och avvikelse mot budget per område och post")
class EconomyApi {

    private final Economy economy;

    EconomyApi(Economy economy) {
        this.economy = economy;
    }

    @GetMapping("/api/v1/economy/period-report")
    @Operation(summary = "Periodrapport t.o.m. en månad: belopp i öre, avvikelser positiva när de är gynnsamma; exempeldata=true när utfallet är framtaget")
    PeriodReport report(@RequestParam int year, @RequestParam int month, @RequestParam(required = false) UUID unit) {
        return economy.report(year, month, unit);
    }
}
