use super::{Result, eq, stream};
use flux_table::ops::join::merge_join;

#[test]
fn merge_join_renames_shared_columns_and_sorts_columns() -> Result {
    let a = stream("id:int,v:float,x:string\n1,1.5,p\n2,2.5,q")?;
    let b = stream("v:float,id:int\n20,2\n30,3")?;
    eq(
        merge_join(("a", &a), ("b", &b), &["id"]),
        "id:int,v_a:float,v_b:float,x:string
         2,2.5,20,q",
    );
    Ok(())
}

#[test]
fn merge_join_pairs_every_match_and_a_null_matches_nothing() -> Result {
    let a = stream("k:string,l:int\nx,1\n,2")?;
    let b = stream("k:string,r:int\nx,10\nx,11\n,12")?;
    eq(
        merge_join(("a", &a), ("b", &b), &["k"]),
        "k:string,l:int,r:int
         x,1,10
         x,1,11",
    );
    Ok(())
}

#[test]
fn merge_join_pairs_tables_on_shared_key_columns() -> Result {
    let a = stream("*h:string,t:int,v:int\nx,1,1\n\n*h:string,t:int,v:int\ny,1,2")?;
    let b = stream("*h:string,t:int,w:int\ny,1,20\n\n*h:string,t:int,w:int\nx,1,10")?;
    eq(
        merge_join(("a", &a), ("b", &b), &["h", "t"]),
        "*h:string,t:int,v:int,w:int
         x,1,1,10

         *h:string,t:int,v:int,w:int
         y,1,2,20",
    );
    Ok(())
}

#[test]
fn merge_join_skips_tables_without_the_on_columns() -> Result {
    let a = stream("id:int,v:int\n1,1")?;
    let b = stream("other:int\n1")?;
    eq(merge_join(("a", &a), ("b", &b), &["id"]), "");
    Ok(())
}

#[test]
fn merge_join_of_on_columns_of_different_types_gives_no_table() -> Result {
    let a = stream("id:int,v:int\n1,1")?;
    let b = stream("id:string,w:int\n1,2")?;
    eq(merge_join(("a", &a), ("b", &b), &["id"]), "");
    Ok(())
}
