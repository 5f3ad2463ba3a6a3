package fr.entraide.boards.api;

import fr.entraide.accounts.api.UserRef;
import fr.entraide.boards.BoardCan;
import fr.entraide.boards.BoardStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

public record BoardView(long id, String group, String title, String question, Integer timeBoxMinutes,
                        int votesPerMember,
                        @Schema(description = "Les votes qu'il reste à l'appelant") int votesLeft,
                        Long meetingId, Long workshopId, BoardStatus status, boolean revealed, UserRef createdBy,
                        Instant createdAt, Instant closedAt,
                        @Schema(description = "Le numéro du dernier événement : le flux reprend après lui") long lastSeq,
                        long version, List<ColumnView> columns, BoardCan can) {
}
