package io.newswire.eval;

/** The four scored tasks of one article, or of all articles added up (micro average). */
public record ArticleScores(String article, Prf statements, Prf attribution, Prf entities, Prf stance) {

    public static ArticleScores zero(String article) {
        return new ArticleScores(article, Prf.ZERO, Prf.ZERO, Prf.ZERO, Prf.ZERO);
    }

    public ArticleScores plus(ArticleScores other) {
        return new ArticleScores(
                article,
                statements.plus(other.statements),
                attribution.plus(other.attribution),
                entities.plus(other.entities),
                stance.plus(other.stance));
    }
}
